import { describe, expect, it } from "vitest";
import { maskIdNumber, maskIp, maskMobile, maskName } from "./masking";

describe("masking", () => {
  it("U2: masking of ID numbers, names and mobiles", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("1101**********002X");
    expect(maskIdNumber("E12345678")).toBe("E123*5678");
    expect(maskIdNumber("AB123")).toBe("AB*23");
    expect(maskIdNumber("")).toBe("");
    expect(maskName("张三")).toBe("张*");
    expect(maskName("张小三")).toBe("张*三");
    expect(maskName("欧阳建国")).toBe("欧**国");
    expect(maskName("李")).toBe("*");
    expect(maskName("𠮷祥")).toBe("𠮷*"); // 扩展区汉字按码点处理
    expect(maskMobile("13800138000")).toBe("138****8000");
  });

  it("U7: IP addresses in lists are masked", () => {
    expect(maskIp("203.0.113.7")).toBe("203.0.*.*");
    expect(maskIp("::ffff:10.1.2.3")).toBe("10.1.*.*");
    expect(maskIp("2001:db8::1")).toBe("2001:db8:*");
  });
});
