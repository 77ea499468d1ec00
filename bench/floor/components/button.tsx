"use client";

import { useState } from "react";

/** The single client island: React, the Next runtime and hydration are the cost being measured. */
export function Button() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)} style={{ minHeight: 44, padding: "0 1rem", fontSize: "1rem" }}>
      Pressed {count} {count === 1 ? "time" : "times"}
    </button>
  );
}
