import Link from "next/link";

export function SiteFooter() {
  return (
    <footer role="contentinfo" className="mt-12 border-t border-brand-100 bg-white text-sm text-slate-700">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-6 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-brand-900">人力资源社会保障服务热线</p>
          <p className="text-2xl font-bold text-brand-700">12333</p>
          <p>工作日 8:30–17:30，节假日值班</p>
        </div>
        <div>
          <p className="font-semibold text-brand-900">线下服务</p>
          <ul className="mt-1 space-y-1">
            <li><Link href="/disclosure/centres">社保经办服务网点</Link></li>
            <li><Link href="/appointments">窗口预约</Link></li>
            <li><Link href="/consult">咨询与投诉</Link></li>
          </ul>
        </div>
        <div>
          <p className="font-semibold text-brand-900">关于本平台</p>
          <ul className="mt-1 space-y-1">
            <li><Link href="/agreement">网上服务协议</Link></li>
            <li><Link href="/verify">证明真伪验证</Link></li>
            <li><Link href="/developer">政企直连接入</Link></li>
          </ul>
        </div>
      </div>
      <p className="border-t border-brand-50 py-3 text-center text-xs text-slate-600">主办：人力资源和社会保障厅（局） · 承办：信息中心 · 本平台依据 LD/T 01—2020 建设</p>
    </footer>
  );
}
