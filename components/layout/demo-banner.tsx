import { connection } from "next/server";
import { devToolsEnabled } from "@/lib/config";

/** S1: while dev tools are on, every page says so, so a demo is never mistaken for the real service. */
export async function DemoBanner() {
  await connection(); // the environment at request time, not at build time
  if (!devToolsEnabled()) return null;
  return (
    <div role="note" data-testid="demo-banner" className="bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-950">
      演示环境：短信验证码可在 /dev/sms 查看
    </div>
  );
}
