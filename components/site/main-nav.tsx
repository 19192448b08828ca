"use client";

import { useState } from "react";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";

/** The main navigation: links in a row on wide screens, behind a menu button on narrow ones. */
export function MainNav({ label, menuLabel, items }: { label: string; menuLabel: string; items: { href: string; label: string }[] }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const current = items.filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label} className="order-last w-full md:order-none md:w-auto">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="main-nav-items"
        onClick={() => setOpen(!open)}
        className="rounded border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 md:hidden"
      >
        {menuLabel}
      </button>
      <ul id="main-nav-items" className={`${open ? "mt-2 flex" : "hidden"} flex-col gap-1 md:mt-0 md:flex md:flex-row`}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === current ? "page" : undefined}
              onClick={() => setOpen(false)}
              className={`block rounded px-3 py-1.5 text-sm font-medium hover:bg-slate-100 ${item.href === current ? "bg-slate-100 text-brand-800" : "text-slate-700"}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
