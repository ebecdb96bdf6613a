import { useEffect, useState, type RefObject } from 'react';

/** The bar sticks while it covers at most this share of the pane's height (200 % zoom makes it tall). */
const MAX_SHARE = 0.25;

/**
 * Whether the action bar may stick to the top, and how tall it is: elements scrolled or focused
 * into view keep clear of it (scroll-margin follows its real height), and when it would cover more
 * than a small part of the pane it stops sticking and scrolls away with the rest.
 */
export function useStickyBar(bar: RefObject<HTMLElement | null>): { sticky: boolean; height: number } {
  const [size, setSize] = useState({ bar: 0, view: typeof window === 'undefined' ? 0 : window.innerHeight });
  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const measure = () => setSize({ bar: el.getBoundingClientRect().height, view: window.innerHeight });
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [bar]);
  const sticky = size.view === 0 || size.bar <= size.view * MAX_SHARE;
  return { sticky, height: sticky ? size.bar : 0 };
}
