/** Display names for appointment states (A5, A6). Safe to import on the client. */
export const APPOINTMENT_STATUS_LABELS: Record<string, string> = {
  BOOKED: "已预约",
  CANCELLED: "已取消",
  CHECKED_IN: "已签到",
  NO_SHOW: "未到场",
};

export const APPOINTMENT_STATUS_CLASS: Record<string, string> = {
  BOOKED: "bg-brand-50 text-brand-800",
  CANCELLED: "bg-slate-100 text-slate-700",
  CHECKED_IN: "bg-green-50 text-ok-600",
  NO_SHOW: "bg-red-50 text-danger-600",
};
