import { mountServerHtml } from '../test-html.ts';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WorldMap } from '../map/WorldMap.tsx';
import { createHoverStore } from '../map/hoverStore.ts';
import { fullWorld } from './fullWorld.ts';
import places from './places.generated.json' with { type: 'json' };
import { pathsFromDocument, type WorldPlaces } from './world.ts';

describe('pathsFromDocument()', () => {
  const render = () =>
    renderToString(
      <WorldMap
        world={fullWorld} viewBox={{ x: 0, y: 0, width: fullWorld.width, height: fullWorld.height }} pxPerUnit={1}
        scene={{ looks: new Map(), dots: new Set(), markers: [], annotations: [], tabStop: 'ESP' }} layer="evidence" hover={createHoverStore()}
        accessible={{ titleId: 't', descriptionId: 'd', tooltipId: 'tip' }} onPointerUp={() => {}}
      />,
    );
  it('reads back exactly the paths a prerendered map contains', () => {
    mountServerHtml(document.body, render());
    const paths = pathsFromDocument(document, places as unknown as WorldPlaces)!;
    expect(Object.keys(paths)).toHaveLength(175);
    for (const shape of fullWorld.shapes) expect(paths[shape.iso3]).toBe(shape.d);
  });
  it('gives up unless every shape is there', () => {
    mountServerHtml(document.body, render());
    document.querySelector('[data-iso3="ESP"]')!.remove();
    expect(pathsFromDocument(document, places as unknown as WorldPlaces)).toBeUndefined();
  });
});
