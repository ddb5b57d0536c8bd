import { Fragment, type ReactNode } from "react";

/**
 * A message with `{name}` slots filled by elements (links, bold numbers), so each language
 * orders its sentence its own way while the links stay in code. An unknown slot stays as text,
 * where a reviewer sees it.
 */
export function fillNodes(template: string, parts: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((piece, i) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return <Fragment key={i}>{name && name in parts ? parts[name] : piece}</Fragment>;
  });
}
