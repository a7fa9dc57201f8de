import { AppNav, type Tab } from './AppNav';

/** The bar at the top of every screen: the app's name and the tabs. */
export function AppHeader({ active, onNavigate }: { active: Tab; onNavigate: (tab: Tab) => void }) {
  return (
    <header className="app-header">
      <span className="app-name">Soạn Báo Cáo</span>
      <span className="app-tagline">Báo cáo theo Nghị định 30/2020/NĐ-CP</span>
      <AppNav active={active} onNavigate={onNavigate} />
    </header>
  );
}
