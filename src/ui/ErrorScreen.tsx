/** Shown instead of the app when it cannot start (usually: the data has not been built). */
export function ErrorScreen({ message }: { message: string }) {
  return (
    <main className="error-screen" role="alert">
      <h1>London District Mapper could not start</h1>
      <p>{message}</p>
    </main>
  );
}
