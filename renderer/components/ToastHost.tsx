import { useStore } from '../hooks/store.ts';
import { toastStore } from '../hooks/toast.ts';
import { undo } from '../hooks/useGlobalKeys.ts';

export function ToastHost() {
  const toast = useStore(toastStore);
  if (!toast) return null;
  return (
    <div className={toast.error ? 'toast error' : 'toast'} role={toast.error ? 'alert' : 'status'}>
      <span>{toast.text}</span>
      {toast.undo && (
        <button type="button" onClick={() => void undo()}>
          Undo
        </button>
      )}
      <button type="button" aria-label="Close message" onClick={() => toastStore.set(null)}>
        ×
      </button>
    </div>
  );
}
