/** The public complaint pages: reached without logging in (docs/web.md). */
export const publicPaths = {
  form: "/synpunkter",
  followUp: "/synpunkter/folj-upp",
};

export function isPublicPath(path: string): boolean {
  return Object.values(publicPaths).includes(path.replace(/\/$/, ""));
}
