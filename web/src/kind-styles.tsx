import type { EntityKind } from './generated/graphql';

/**
 * How each kind of entity is drawn: a colour and a shape, so that kinds differ by shape as well as
 * by colour (for colour-blind readers and print). The colours keep at least 3:1 contrast on white.
 */
export const KIND_STYLES: Record<EntityKind, { colour: string; shape: string }> = {
  ORGANIZATION: { colour: '#1f4e9c', shape: 'hexagon' },
  ORGAN: { colour: '#2a7fbf', shape: 'round-rectangle' },
  COMMITTEE: { colour: '#0f7f82', shape: 'barrel' },
  MISSION: { colour: '#6d4c9f', shape: 'tag' },
  POSITION: { colour: '#b35c00', shape: 'diamond' },
  PERSON: { colour: '#c0392b', shape: 'ellipse' },
  COUNTRY: { colour: '#4d6b1f', shape: 'octagon' },
  PLACE: { colour: '#a8338f', shape: 'triangle' },
  EVENT: { colour: '#1e7b34', shape: 'star' },
  AGREEMENT: { colour: '#86680a', shape: 'rhomboid' },
  DOCUMENT: { colour: '#5d6470', shape: 'rectangle' },
  TOPIC: { colour: '#8a4b2d', shape: 'vee' },
};

export function kindStyle(kind: string): { colour: string; shape: string } {
  return KIND_STYLES[kind as EntityKind] ?? { colour: '#555555', shape: 'ellipse' };
}

/** The shapes as SVG polygons in a 16 × 16 box, for the legend and lists. */
const POINTS: Record<string, string> = {
  hexagon: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8',
  'round-rectangle': '',
  barrel: '',
  tag: '1,3 11,3 15,8 11,13 1,13',
  diamond: '8,0.5 15.5,8 8,15.5 0.5,8',
  ellipse: '',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  triangle: '8,1 15.5,15 0.5,15',
  star: '8,0.5 10.1,5.6 15.6,6 11.4,9.6 12.7,15 8,12.1 3.3,15 4.6,9.6 0.4,6 5.9,5.6',
  rhomboid: '4,2 15.5,2 12,14 0.5,14',
  rectangle: '1,2.5 15,2.5 15,13.5 1,13.5',
  vee: '0.5,1 8,6 15.5,1 8,15',
};

/** A kind's shape in its colour, as the graph draws it. */
export function KindIcon({ kind, size = 14 }: { kind: string; size?: number }) {
  const { colour, shape } = kindStyle(kind);
  let body;
  if (shape === 'ellipse') body = <circle cx="8" cy="8" r="7" />;
  else if (shape === 'round-rectangle') body = <rect x="1" y="2.5" width="14" height="11" rx="3.5" />;
  else if (shape === 'barrel') body = <rect x="1" y="2" width="14" height="12" rx="6" ry="2.5" />;
  else body = <polygon points={POINTS[shape]} />;
  return (
    <svg class="kind-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" fill={colour}>
      {body}
    </svg>
  );
}
