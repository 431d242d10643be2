import { appStrings } from '../app/strings.ts';
import { useNavigation } from '../stores/navigation-store.ts';
import { EmptyState } from './EmptyState.tsx';

/** An empty address book, wherever it shows: the three ways to start, right there (UI.md). */
export function GetStarted({ title, body, titleId, onAddFirst }: { title: string; body: string; titleId: string; onAddFirst(): void }) {
  const go = useNavigation((state) => state.go);
  const s = appStrings.getStarted;
  return (
    <EmptyState title={title} body={body} titleId={titleId}>
      <button type="button" className="button primary" onClick={onAddFirst}>
        {s.addFirst}
      </button>
      <button type="button" className="button" onClick={() => go('import')}>
        {s.importCsv}
      </button>
      <button type="button" className="button" onClick={() => go('import')}>
        {s.importCards}
      </button>
    </EmptyState>
  );
}
