import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTexts } from '../texts';

/**
 * Sections behind a closed heading that the first screen never shows: each loads when it is
 * first opened, not with the pane, so the pane's first download stays small (issue 21).
 */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  return function OnDemand(props: P) {
    const t = useTexts().pane.onDemand;
    return (
      <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}

export const HelpSection = onDemand(async () => (await import(/* webpackChunkName: "hjelp" */ './HelpSection')).HelpSection);
export const MappingEditor = onDemand(async () => (await import(/* webpackChunkName: "kolonner" */ './MappingEditor')).MappingEditor);
