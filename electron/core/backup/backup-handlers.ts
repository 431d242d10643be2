import type { AreaHandlers } from '../handler-types.ts';
import type { BackupService } from './backup-service.ts';

type BackupMethods =
  | 'backup.status'
  | 'backup.setFolder'
  | 'backup.create'
  | 'backup.list'
  | 'backup.listAuto'
  | 'backup.verify'
  | 'backup.restore'
  | 'backup.undoRestore'
  | 'backup.cancel';

export function backupHandlers(service: BackupService): AreaHandlers<BackupMethods> {
  return {
    'backup.status': async () => service.status(),
    'backup.setFolder': async ({ folder }) => service.setFolder(folder),
    'backup.create': (input) => service.create(input),
    'backup.list': ({ folder }) => service.list(folder),
    'backup.listAuto': () => service.listAuto(),
    'backup.verify': (input) => service.verify(input),
    'backup.restore': async (input) => {
      const result = await service.restore(input);
      const { contacts, companies, tags, notes, interactions, tasks, purchases } = result.manifest.counts;
      return { restoredFrom: result.restoredFrom, counts: { contacts, companies, tags, notes, interactions, tasks, purchases }, migratedFrom: result.migratedFrom };
    },
    'backup.undoRestore': () => service.undoRestore(),
    'backup.cancel': async ({ jobId }) => ({ cancelled: service.cancel(jobId) }),
  };
}
