import type { ReactNode } from 'react';

/** A centred message that says what is missing and offers the way forward right there. */
export function EmptyState({ title, body, children, titleId }: { title: string; body?: string; children?: ReactNode; titleId?: string }) {
  return (
    <section className="empty-state" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {body && <p>{body}</p>}
      {children && <div className="empty-actions">{children}</div>}
    </section>
  );
}
