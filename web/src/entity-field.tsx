import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchEntityRef, suggestEntities, type EntityRef } from './api';
import type { Lang } from './components';
import { kindName, t } from './i18n';

type Suggestion = EntityRef & { matched: string | null };

/** Milliseconds of quiet typing before suggestions are asked for. */
const SUGGEST_DELAY = 120;

/**
 * A field that asks for an entity: it takes a name in either language, an alias or an id, and
 * completes names from search as they are typed (the ARIA combobox pattern: arrow keys move
 * through the suggestions, Enter picks one, Escape closes them). The form reads two values:
 * `<name>` (what is typed) and `<name>-id` (the entity picked, empty until one is); the form
 * resolves a typed text that was not picked (resolveEntity).
 */
export function EntityField({
  name,
  label,
  value,
  lang,
}: {
  name: string;
  label: string;
  /** An id, from the URL: shown as the entity's name once it is found. */
  value: string;
  lang: Lang;
}) {
  const [text, setText] = useState(value);
  const [picked, setPicked] = useState<EntityRef | null>(null);
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const asked = useRef(0);
  const listId = `${name}-suggestions`;
  const shown = (entity: EntityRef) => (lang === 'ar' ? entity.ar : entity.en);

  useEffect(() => {
    setText(value);
    setPicked(null);
    if (!value) return;
    let live = true;
    fetchEntityRef(value).then(
      (entity) => {
        if (!live || !entity) return;
        setPicked(entity);
        setText(shown(entity));
      },
      () => undefined,
    );
    return () => void (live = false);
  }, [value, lang]);

  const suggest = (typed: string) => {
    const ticket = ++asked.current;
    if (typed.trim().length < 2) {
      setOptions([]);
      setOpen(false);
      return;
    }
    setTimeout(() => {
      if (ticket !== asked.current) return;
      suggestEntities(typed.trim()).then(
        (found) => {
          if (ticket !== asked.current) return;
          setOptions(found);
          setActive(-1);
          setOpen(found.length > 0);
        },
        () => setOptions([]),
      );
    }, SUGGEST_DELAY);
  };
  const choose = (entity: EntityRef) => {
    asked.current++;
    setPicked(entity);
    setText(shown(entity));
    setOpen(false);
    setActive(-1);
  };
  return (
    <div class="entity-field">
      <label for={`${name}-input`}>{label}</label>
      <input
        id={`${name}-input`}
        name={name}
        value={text}
        dir="auto"
        autocomplete="off"
        required
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={`${name}-hint`}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        onInput={(event) => {
          const typed = (event.target as HTMLInputElement).value;
          setText(typed);
          setPicked(null);
          suggest(typed);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && options.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((active + 1) % options.length);
          } else if (event.key === 'ArrowUp' && options.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((active - 1 + options.length) % options.length);
          } else if (event.key === 'Enter' && open && active >= 0) {
            event.preventDefault();
            choose(options[active]);
          } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <input type="hidden" name={`${name}-id`} value={picked?.id ?? ''} />
      <span id={`${name}-hint`} class="hint">
        {picked ? (
          <>
            {kindName(picked.kind, lang)} · <code>{picked.id}</code>
          </>
        ) : (
          t('entityFieldHint', lang)
        )}
      </span>
      <ul id={listId} role="listbox" class="suggestions" aria-label={label} hidden={!open}>
        {options.map((option, i) => (
          <li
            key={option.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            data-entity={option.id}
            onMouseDown={(event) => {
              // Keeps the focus in the field, which would otherwise close the list before the click.
              event.preventDefault();
              choose(option);
            }}
          >
            <span lang={lang}>{shown(option)}</span>{' '}
            <span class="other-lang" lang={lang === 'ar' ? 'en' : 'ar'}>
              {lang === 'ar' ? option.en : option.ar}
            </span>{' '}
            <span class="kind">{kindName(option.kind, lang)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
