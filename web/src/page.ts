import { useEffect } from 'preact/hooks';
import { takeFocusRequest } from './router';

const SITE = { en: 'OIC knowledge graph', ar: 'الرسم المعرفي لمنظمة التعاون الإسلامي' };

/**
 * Names the page after its view ("Organisation of Islamic Cooperation · Graph · OIC knowledge
 * graph"), and, after a navigation from one view to another, moves the focus to the view's heading
 * once it is on screen, so that a screen reader starts reading at the new view and the next Tab
 * goes on from there. `title` is null while the view is loading.
 */
export function useViewTitle(title: string | null, lang: 'en' | 'ar'): void {
  useEffect(() => {
    if (title === null) return;
    document.title = `${title} · ${SITE[lang]}`;
    if (!takeFocusRequest()) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: false });
  }, [title, lang]);
}
