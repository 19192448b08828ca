import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: Next.js's, without prefetching. Every page here is rendered per request and
 * none has a loading state, so a prefetch fetched only the route's outline, while costing the
 * server as much as a small page: a portfolio view sent 55 of them, an organisation page 15.
 * A click is one request either way (docs/benchmarks.md). `prefetch` can still be set.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink {...props} prefetch={props.prefetch ?? false} />;
}
