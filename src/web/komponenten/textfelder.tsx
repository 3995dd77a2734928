import { describedBy, FeldRahmen, feldId, type Basis } from './feld-basis.tsx';
import { formatZahl } from '../../shared/index.ts';

export function Textfeld(
  props: Basis & {
    wert?: string | undefined;
    typ?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'password' | 'month' | 'search';
    autocomplete?: string;
    inputmode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text';
    breite?: 2 | 3 | 4 | 5 | 10 | 20;
    spellcheck?: boolean;
    maxLength?: number;
  },
) {
  const id = feldId(props.name);
  const fehler = props.fehler;
  const verifiziertId = props.verifiziert === true ? `${id}-verifiziert` : undefined;
  return (
    <FeldRahmen id={id} basis={props}>
      <input
        class={`kern-form-input__input${fehler !== undefined ? ' kern-form-input__input--error' : ''}${props.breite !== undefined ? ` kern-form-input__input--width-${props.breite}` : ''}`}
        id={id}
        name={props.name}
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- preact's input types need one literal
        type={(props.typ ?? 'text') as 'text'}
        value={props.wert ?? ''}
        autocomplete={props.autocomplete}
        inputMode={props.inputmode}
        spellcheck={props.spellcheck}
        maxLength={props.maxLength}
        readOnly={props.verifiziert === true}
        aria-invalid={fehler !== undefined ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hinweis, fehler, verifiziertId)}
      />
      {verifiziertId !== undefined ? (
        <p class="kern-body kern-body--small verifiziert" id={verifiziertId}>
          <span class="kern-icon kern-icon--success kern-icon--small" aria-hidden="true" /> Aus Ihrem
          BundID-Konto übernommen und geprüft
        </p>
      ) : null}
    </FeldRahmen>
  );
}

export function Textbereich(
  props: Basis & { wert?: string | undefined; maxLength?: number; zeilen?: number },
) {
  const id = feldId(props.name);
  const fehler = props.fehler;
  // No maxlength attribute: browsers cut pasted text at it without a word. The limit is stated instead, and a
  // longer text is refused at the field by the form's schema, with the limit and the length typed.
  const grenze =
    props.maxLength === undefined ? undefined : `Höchstens ${formatZahl(props.maxLength, 0)} Zeichen.`;
  const hinweis =
    grenze === undefined ? (
      props.hinweis
    ) : props.hinweis === undefined ? (
      grenze
    ) : (
      <>
        {props.hinweis} {grenze}
      </>
    );
  return (
    <FeldRahmen id={id} basis={{ ...props, hinweis }}>
      <textarea
        class={`kern-form-input__input${fehler !== undefined ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name={props.name}
        rows={props.zeilen ?? 6}
        aria-invalid={fehler !== undefined ? 'true' : undefined}
        aria-describedby={describedBy(id, hinweis, fehler)}
      >
        {props.wert ?? ''}
      </textarea>
    </FeldRahmen>
  );
}
