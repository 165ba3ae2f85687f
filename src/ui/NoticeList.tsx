import { useAppStore } from '../state/store';
import { readQuarantine } from '../state/persistence-db';
import { downloadJson } from '../io/geojson-export';
import type { Notice } from '../state/notices-slice';

async function downloadSetAside(key: string): Promise<void> {
  const record = await readQuarantine(key);
  const stamp = key.replace(/[^0-9T-]/g, '');
  downloadJson(record ?? { missing: key }, `london-district-mapper-set-aside-${stamp}.json`, 'application/json');
}

function NoticeItem({ notice }: { notice: Notice }) {
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  return (
    // The live role sits inside the list item: a <li> given role="status" stops being a list item.
    <li className={`notice notice--${notice.tone}`}>
      <div role={notice.tone === 'info' ? 'status' : 'alert'}>
        <p className="notice__title">{notice.title}</p>
        <ul className="notice__details">
          {notice.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
        <div className="notice__actions">
          {notice.quarantineKey && (
            <button type="button" onClick={() => void downloadSetAside(notice.quarantineKey ?? '')}>
              Download set-aside data
            </button>
          )}
          <button type="button" onClick={() => dismissNotice(notice.id)} aria-label={`Dismiss: ${notice.title}`}>
            Dismiss
          </button>
        </div>
      </div>
    </li>
  );
}

/** Messages the user must read: restore problems, share-link imports, save failures. */
export function NoticeList() {
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <ul className="notice-list" aria-label="Messages">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </ul>
  );
}
