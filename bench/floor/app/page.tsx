import { Button } from "../components/button";

export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <p>One static paragraph and one client button: what every Next.js page pays before any lesson code.</p>
      <Button />
    </main>
  );
}
