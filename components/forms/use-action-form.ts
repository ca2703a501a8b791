"use client";

import { useCallback, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { ZodType } from "zod";
import type { ActionResult } from "@/lib/actions/define-action";
import type { FieldErrors } from "@/lib/errors/app-error";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation/zod";
import type { FormMessageTone } from "./form-message";

export const VALIDATION_SUMMARY = "提交的信息有误，请按提示修改";

export interface ActionFormOptions<T> {
  /** The same zod schema the action parses: checked here first, so errors show without a round trip. */
  schema?: ZodType;
  /** Adds or changes values before they are sent (e.g. a value kept in state, not in an input). */
  prepare?: (values: Record<string, unknown>) => Record<string, unknown>;
  onSuccess?: (data: T, form: HTMLFormElement) => void | Promise<void>;
  /**
   * Re-render the page from the server after a success. This is the one refresh strategy:
   * pages read fresh data per request, so actions do not revalidate paths; the form (or
   * ActionButton) that made the change refreshes the page it is on.
   */
  refresh?: boolean;
}

/**
 * Submits a form to a server action from onSubmit (preventDefault + useTransition). The form
 * is never reset by React, so every typed value stays when errors come back; field errors and
 * the form message come from the action's result, and focus moves to the first invalid field.
 */
export function useActionForm<T>(action: (input: unknown) => Promise<ActionResult<T>>, options: ActionFormOptions<T> = {}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessageState] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });

  useEffect(() => {
    if (!focusRequest || !formRef.current) return;
    const invalid = formRef.current.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? formRef.current.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }, [focusRequest]);

  const showErrors = useCallback((errors: FieldErrors, text: string) => {
    setFieldErrors(errors);
    setMessageState({ tone: "error", text });
    setFocusRequest((n) => n + 1);
  }, []);

  const setMessage = useCallback((text: string | null, tone: FormMessageTone = "info") => {
    setMessageState(text ? { tone, text } : null);
  }, []);

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      formRef.current = form;
      const { schema, prepare, onSuccess, refresh } = optionsRef.current;
      let values = formDataToObject(new FormData(form));
      if (prepare) values = prepare(values);
      if (schema) {
        const parsed = schema.safeParse(values);
        if (!parsed.success) {
          showErrors(fieldErrorsOf(parsed.error), VALIDATION_SUMMARY);
          return;
        }
      }
      setMessageState(null);
      startTransition(async () => {
        const result = await action(values);
        if (result.ok) {
          setFieldErrors({});
          await onSuccess?.(result.data, form);
          if (refresh) router.refresh();
        } else {
          showErrors(result.fieldErrors ?? {}, result.message);
        }
      });
    },
    [action, showErrors, router],
  );

  return { onSubmit, pending, fieldErrors, message, setMessage, showErrors, startTransition };
}
