/** Fixed keys for our server in the benchmark, so tokens stay valid across a restart on the same data. */
export const BENCH_SECRET = 'bench-secret-that-is-at-least-32-bytes-long'
export const BENCH_ADMIN_KEY = 'bench-admin-key'
