/** The letter's attachments as download links (the route checks who may read them). */
export function AttachmentList({ attachments }: { attachments: { id: string; fileName: string; size: number }[] }) {
  if (attachments.length === 0) return null;
  return (
    <ul className="list-disc pl-6 text-sm" aria-label="附件">
      {attachments.map((a) => (
        <li key={a.id}>
          <a href={`/api/consult/attachments/${a.id}`}>{a.fileName}</a>（{Math.max(1, Math.round(a.size / 1024))} KB）
        </li>
      ))}
    </ul>
  );
}
