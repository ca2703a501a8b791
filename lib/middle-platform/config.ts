/**
 * Where the provincial middle platform is and the keys it assigned to us (X6). The defaults are
 * the demo's: they point at the simulator (`npm run simulator:middle-platform`) on this machine,
 * with demo keys the simulator uses too. Set all four for the real platform.
 */
export interface MiddlePlatformConfig {
  baseUrl: string;
  /** 接入者标识 (Key): ours at the platform; the platform's calls to us carry it too */
  appId: string;
  /** 接入者密钥 (Secret): the HMAC-SM3 key of the request head, both ways */
  appSecret: string;
  /** SM4 key (32 hex) for the personal fields (name, idNumber, mobile) */
  sm4Key: string;
  /** milliseconds one outbound call may take */
  timeoutMs: number;
  /** false when the demo keys would be used outside the demo (SEED_DEMO=0): docking stays off until keys are set */
  enabled: boolean;
}

export const DEMO_MIDDLE_PLATFORM = {
  baseUrl: "http://127.0.0.1:3090",
  appId: "sbt-portal-demo",
  appSecret: "demo-only-middle-platform-secret-0123456789",
  sm4Key: "0123456789abcdeffedcba9876543210",
} as const;

export function middlePlatformConfig(env: Record<string, string | undefined> = process.env): MiddlePlatformConfig {
  const demoKeys = !env.MIDDLE_PLATFORM_APP_SECRET || !env.MIDDLE_PLATFORM_SM4_KEY;
  return {
    enabled: !demoKeys || env.SEED_DEMO !== "0",
    baseUrl: (env.MIDDLE_PLATFORM_BASE_URL || DEMO_MIDDLE_PLATFORM.baseUrl).replace(/\/+$/, ""),
    appId: env.MIDDLE_PLATFORM_APP_ID || DEMO_MIDDLE_PLATFORM.appId,
    appSecret: env.MIDDLE_PLATFORM_APP_SECRET || DEMO_MIDDLE_PLATFORM.appSecret,
    sm4Key: env.MIDDLE_PLATFORM_SM4_KEY || DEMO_MIDDLE_PLATFORM.sm4Key,
    timeoutMs: Number(env.MIDDLE_PLATFORM_TIMEOUT_MS || 5000),
  };
}
