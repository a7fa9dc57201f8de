export type Tab = 'drafts' | 'trash' | 'settings';

const TABS: readonly { tab: Tab; label: string }[] = [
  { tab: 'drafts', label: 'Báo cáo' },
  { tab: 'trash', label: 'Thùng rác' },
  { tab: 'settings', label: 'Cài đặt' },
];

interface AppNavProps {
  active: Tab;
  onNavigate: (tab: Tab) => void;
}

/** The three screens of the app, as tabs in the header. Test ids: `nav-drafts`, `nav-trash`, `nav-settings`. */
export function AppNav({ active, onNavigate }: AppNavProps) {
  return (
    <nav className="app-nav" aria-label="Màn hình">
      {TABS.map(({ tab, label }) => (
        <button
          key={tab}
          type="button"
          className={tab === active ? 'nav-tab nav-active' : 'nav-tab'}
          aria-current={tab === active ? 'page' : undefined}
          data-testid={`nav-${tab}`}
          onClick={() => onNavigate(tab)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
