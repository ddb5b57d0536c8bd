import { fillNodes } from "@/components/crisis/fill-nodes";
import { lifeline } from "@/components/crisis/lines";
import { safetyText } from "@/components/safety/safety-box";

/**
 * For MDX (`<Lifeline988 />`): 988 in one sentence for prose pages. In Spanish it says press 2
 * and text AYUDA, links the text with that word in it and the chat to Línea de Vida 988.
 */
export function Lifeline988() {
  const { locale, words } = safetyText();
  const line = lifeline[locale];
  return (
    <p>
      {fillNodes(words.lifeline988.text, {
        call988: (
          <a href={line.call} className="font-bold">
            {line.number}
          </a>
        ),
        text988: <a href={line.text}>{words.lifeline988.textLink}</a>,
        chat: (
          <a href={line.chat} rel="noopener noreferrer">
            {words.lifeline988.chatLabel}
          </a>
        ),
      })}
    </p>
  );
}
