/** The bar at the top of every screen. */
export function AppHeader() {
  return (
    <header className="app-header">
      <span className="app-name">Soạn Báo Cáo</span>
      <span className="app-tagline">Báo cáo theo Nghị định 30/2020/NĐ-CP</span>
    </header>
  );
}
