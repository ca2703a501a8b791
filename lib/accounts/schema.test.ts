import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/zod";
import { loginPasswordSchema, passwordChangeSchema, personRegistrationSchema, unitRegistrationSchema } from "./schema";
import { safeNextPath } from "./next-path";

describe("account form schemas", () => {
  it("U2: every invalid field of the person form is reported at once, in Chinese", () => {
    const result = personRegistrationSchema.safeParse({ idType: "01", idNumber: "110101199003070018", password: "abc", confirmPassword: "abd" });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = fieldErrorsOf(result.error);
    expect(Object.keys(errors).sort()).toEqual(["agreement", "confirmPassword", "idNumber", "mobile", "name", "password", "socialSecurityNo", "username"].sort());
    expect(errors.idNumber).toContain("校验位");
    for (const message of Object.values(errors)) expect(message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it("U2: ID numbers are normalised (full-width, lower-case x) and user names lower-cased", () => {
    const result = personRegistrationSchema.parse({
      name: " 王五 ",
      idType: "01",
      idNumber: "１１０１０５１９４９１２３１００２x",
      socialSecurityNo: "11010519491231002x",
      mobile: "+86 138-0013-8000",
      username: "WangWu_01",
      password: "Abcd1234",
      confirmPassword: "Abcd1234",
      agreement: "on",
    });
    expect(result).toMatchObject({ name: "王五", idNumber: "11010519491231002X", socialSecurityNo: "11010519491231002X", mobile: "13800138000", username: "wangwu_01" });
    expect(result).not.toHaveProperty("confirmPassword");
  });

  it("U2: a user name that is an ID number or credit code is refused", () => {
    const r = loginPasswordSchema.safeParse({ identifier: "", password: "" });
    expect(r.success).toBe(false);
    const asId = personRegistrationSchema.safeParse({ username: "11010519491231002X" });
    expect(asId.success).toBe(false);
    if (!asId.success) expect(fieldErrorsOf(asId.error).username).toBeDefined();
  });

  it("U3: the unit form checks the credit code's check character", () => {
    const result = unitRegistrationSchema.safeParse({ creditCode: "91370202MA3C8K2L0A" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error).creditCode).toMatch(/统一社会信用代码/);
  });

  it("U6: the new password must differ from the old one", () => {
    const result = passwordChangeSchema.safeParse({ oldPassword: "Abcd1234", password: "Abcd1234", confirmPassword: "Abcd1234" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error).password).toBe("新密码不能与原密码相同");
  });
});

describe("login redirect target", () => {
  it("U5: only same-site paths are followed after login", () => {
    expect(safeNextPath("/person/appointments?x=1")).toBe("/person/appointments?x=1");
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/login", "", null, "/\t/evil.example"]) {
      expect(safeNextPath(bad), String(bad)).toBeNull();
    }
  });
});
