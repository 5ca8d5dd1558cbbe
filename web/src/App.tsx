/** The console's routes; every page is its own chunk, loaded when first visited. */
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import type { Role } from './api/types';
import { DemoBanner } from './components/DemoBanner';
import { MetaProvider } from './lib/meta';
import { SessionProvider } from './lib/session';

// The signed-in frame (menu, header) is only fetched by console pages, not by kiosk or pad.
const RequireRole = lazy(() =>
  import('./layout/RequireRole').then((m) => ({ default: m.RequireRole })),
);
const HomePage = lazy(() => import('./pages/home/HomePage'));
const KioskPage = lazy(() => import('./pages/kiosk/KioskPage'));
const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const WindowPage = lazy(() => import('./pages/window/WindowPage'));
const BackOfficePage = lazy(() => import('./pages/back-office/BackOfficePage'));
const ReplyPage = lazy(() => import('./pages/reply/ReplyPage'));
const PadPage = lazy(() => import('./pages/pad/PadPage'));
const HallBoardPage = lazy(() => import('./pages/hall/HallBoardPage'));
const WindowScreenPage = lazy(() => import('./pages/hall/WindowScreenPage'));
const ProgressPage = lazy(() => import('./pages/progress/ProgressPage'));
const PositionPage = lazy(() => import('./pages/position/PositionPage'));
const BookPage = lazy(() => import('./pages/book/BookPage'));
const ManagerPage = lazy(() => import('./pages/manager/ManagerPage'));
const HallMonitorPage = lazy(() => import('./pages/manager/HallMonitorPage'));
const IndicatorsPage = lazy(() => import('./pages/indicators/IndicatorsPage'));
const DeadlinesPage = lazy(() => import('./pages/deadlines/DeadlinesPage'));
const FollowupsPage = lazy(() => import('./pages/followups/FollowupsPage'));
const ComplaintsPage = lazy(() => import('./pages/complaints/ComplaintsPage'));
const HandoffsPage = lazy(() => import('./pages/handoffs/HandoffsPage'));
const SupervisionPage = lazy(() => import('./pages/supervision/SupervisionPage'));
const ComplaintPortalPage = lazy(() => import('./pages/complaint/ComplaintPortalPage'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage'));
const NoticePrintPage = lazy(() => import('./pages/print/NoticePrintPage'));
const NotFoundPage = lazy(() => import('./pages/home/NotFoundPage'));

function PageLoading() {
  return (
    <div style={{ padding: 80, textAlign: 'center' }}>
      <Spin size="large" description="页面加载中…" />
    </div>
  );
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

/** A console page: signed in with one of `roles`, inside the console frame. */
function guarded(roles: Role[], page: ReactNode) {
  return (
    <Page>
      <RequireRole roles={roles}>
        <Page>{page}</Page>
      </RequireRole>
    </Page>
  );
}

export function App() {
  return (
    <ConfigProvider
      locale={zhCN}
      theme={{ token: { colorPrimary: '#1554ad' } }}
      // Button text stays as written (叫号, not 叫 号), so it reads and is found as written.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <MetaProvider>
          <SessionProvider>
            <BrowserRouter>
              <DemoBanner />
              <Routes>
                <Route path="/" element={<Page><HomePage /></Page>} />
                <Route path="/kiosk" element={<Page><KioskPage /></Page>} />
                <Route path="/login" element={<Page><LoginPage /></Page>} />
                <Route path="/pad/:windowId" element={<Page><PadPage /></Page>} />
                <Route path="/hall" element={<Page><HallBoardPage /></Page>} />
                <Route path="/screen/:windowId" element={<Page><WindowScreenPage /></Page>} />
                <Route path="/progress" element={<Page><ProgressPage /></Page>} />
                <Route path="/position/:ticketId" element={<Page><PositionPage /></Page>} />
                <Route path="/book" element={<Page><BookPage /></Page>} />
                <Route path="/complaint" element={<Page><ComplaintPortalPage /></Page>} />
                <Route path="/print/notice/:id" element={<Page><NoticePrintPage /></Page>} />
                <Route path="/window" element={guarded(['clerk'], <WindowPage />)} />
                <Route path="/reply" element={guarded(['clerk'], <ReplyPage />)} />
                <Route path="/back-office" element={guarded(['officer'], <BackOfficePage />)} />
                <Route path="/manager" element={guarded(['manager'], <ManagerPage />)} />
                <Route path="/manager/hall" element={guarded(['manager'], <HallMonitorPage />)} />
                <Route path="/manager/indicators" element={guarded(['manager'], <IndicatorsPage />)} />
                <Route path="/manager/deadlines" element={guarded(['manager'], <DeadlinesPage />)} />
                <Route path="/manager/followups" element={guarded(['manager'], <FollowupsPage />)} />
                <Route path="/manager/complaints" element={guarded(['manager'], <ComplaintsPage />)} />
                <Route path="/handoffs" element={guarded(['clerk', 'manager'], <HandoffsPage />)} />
                <Route path="/supervision" element={guarded(['district', 'city'], <SupervisionPage />)} />
                <Route path="/admin" element={guarded(['admin'], <AdminPage />)} />
                <Route path="*" element={<Page><NotFoundPage /></Page>} />
              </Routes>
            </BrowserRouter>
          </SessionProvider>
        </MetaProvider>
      </AntApp>
    </ConfigProvider>
  );
}
