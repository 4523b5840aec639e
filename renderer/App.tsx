import { useEffect } from 'react';
import { TopBar } from './components/TopBar.tsx';
import { Rail } from './components/Rail.tsx';
import { ToastHost } from './components/ToastHost.tsx';
import { DropImport } from './components/DropImport.tsx';
import { ImportInputs } from './components/ImportInputs.tsx';
import { LibraryView } from './views/LibraryView.tsx';
import { ReaderView } from './views/ReaderView.tsx';
import { CodebookView } from './views/CodebookView.tsx';
import { TasksView } from './views/TasksView.tsx';
import { StoriesView } from './views/StoriesView.tsx';
import { CompareView } from './views/CompareView.tsx';
import { AgreementView } from './views/AgreementView.tsx';
import { DisagreementsView } from './views/DisagreementsView.tsx';
import { CoderQuestion } from './components/CoderQuestion.tsx';
import { useRoute } from './hooks/useRoute.ts';
import { listenForTasks } from './hooks/tasks.ts';
import { useGlobalKeys } from './hooks/useGlobalKeys.ts';

export function App() {
  const route = useRoute();
  useEffect(listenForTasks, []);
  useGlobalKeys();
  return (
    <div className="app">
      <TopBar />
      <Rail route={route} />
      <main className="main">
        {route.view === 'library' && <LibraryView />}
        {route.view === 'reader' && <ReaderView articleId={route.articleId} />}
        {route.view === 'codebook' && <CodebookView codeId={route.codeId} />}
        {route.view === 'stories' && <StoriesView storyId={route.storyId} leftOut={route.leftOut ?? false} />}
        {route.view === 'compare' && <CompareView selection={route.selection} />}
        {route.view === 'agreement' && <AgreementView />}
        {route.view === 'disagreements' && <DisagreementsView choice={route.choice} />}
        {route.view === 'tasks' && <TasksView />}
      </main>
      <DropImport />
      <ImportInputs />
      <ToastHost />
      <CoderQuestion />
    </div>
  );
}
