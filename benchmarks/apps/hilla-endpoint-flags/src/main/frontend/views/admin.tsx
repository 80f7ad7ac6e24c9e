import { useEffect, useState } from 'react';
import { Button } from '@vaadin/react-components';
import { AdminDiagnosticsEndpoint } from 'Frontend/generated/endpoints';

export const config = { rolesAllowed: ['ADMIN'], title: 'Diagnostics' };

export default function AdminView() {
  const [status, setStatus] = useState<Record<string, string | undefined>>({});
  const [synced, setSynced] = useState<number>();

  useEffect(() => {
    AdminDiagnosticsEndpoint.posthogStatus().then((s) => setStatus(s ?? {}));
  }, []);

  return (
    <section className="p-m">
      <h2>PostHog connection</h2>
      <dl>
        {Object.entries(status).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <Button onClick={async () => setSynced(await AdminDiagnosticsEndpoint.resyncFlags())}>Resync flags</Button>
      {synced !== undefined && <p>Synced {synced} definitions</p>}
    </section>
  );
}
