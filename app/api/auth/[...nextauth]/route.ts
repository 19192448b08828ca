// Auth.js's own endpoints (session, CSRF, callbacks, sign-out): public by nature.
export { GET, POST } from "@/lib/auth/route-handlers";
