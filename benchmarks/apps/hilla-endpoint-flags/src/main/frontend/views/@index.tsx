import { useEffect, useState } from 'react';
import { Button, Grid, GridColumn } from '@vaadin/react-components';
import { FeatureFlagEndpoint } from 'Frontend/generated/endpoints';
import { startAnalytics } from 'Frontend/analytics';

const WATCHED_FLAGS = ['new-checkout', 'beta-dashboard', 'bulk-export'];

export default function FlagsView() {
  const [flags, setFlags] = useState<{ key: string; enabled: boolean }[]>([]);

  async function refresh() {
    const result = await FeatureFlagEndpoint.evaluate(WATCHED_FLAGS);
    setFlags(Object.entries(result ?? {}).map(([key, enabled]) => ({ key, enabled: !!enabled })));
  }

  useEffect(() => {
    startAnalytics();
    refresh();
  }, []);

  return (
    <section className="p-m">
      <h2>Feature flags</h2>
      <Button onClick={refresh}>Refresh</Button>
      <Grid items={flags}>
        <GridColumn path="key" header="Flag" />
        <GridColumn path="enabled" header="Enabled" />
      </Grid>
    </section>
  );
}
