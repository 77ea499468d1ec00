import { Zap } from "lucide-react";
import { ICON } from "@/components/icons/icon-class";

/** The icon before "XP" in the header and on the index (a server component: SVG, no client code). */
export function XpIcon() {
  return <Zap aria-hidden="true" className={`${ICON} text-accent`} />;
}
