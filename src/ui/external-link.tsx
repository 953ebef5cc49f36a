import type { ReactNode } from 'react';

/** A plain link to another site: no referrer, no opener, nothing fetched until it is followed. */
export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} rel="noopener noreferrer" className={className}>
      {children}
    </a>
  );
}
