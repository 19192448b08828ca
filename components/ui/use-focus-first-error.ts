"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state";

/** After a failed submission, moves focus to the first invalid field (or the form's message). */
export function useFocusFirstError(state: FormState) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.submission === 0) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>("[aria-invalid='true']") ?? form?.querySelector<HTMLElement>(".form-message");
    if (target) {
      if (!target.hasAttribute("tabindex") && !/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) target.tabIndex = -1;
      target.focus();
    }
  }, [state]);
  return formRef;
}
