/** What happened to the last save or delete, announced politely to screen readers. */
export interface Status {
  ok: boolean;
  text: string;
}

export function SaveStatus({ status }: { status?: Status }) {
  return (
    <p class={`status${status && !status.ok ? ' status-error' : ''}`} role="status">
      {status?.text ?? ''}
    </p>
  );
}
