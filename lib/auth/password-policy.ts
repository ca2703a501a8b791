/** Password policy (LD/T 01 §6.2: strong passwords). No Node imports: the forms check it too. */
export const PASSWORD_RULE_TEXT = "密码须为8至32位，且同时包含字母和数字";

export function isStrongPassword(password: string): boolean {
  return password.length >= 8 && password.length <= 32 && /[A-Za-z]/.test(password) && /\d/.test(password);
}
