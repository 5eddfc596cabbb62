/**
 * Diagonal hatching for "not infected, but disrupted": the category is told apart by texture as
 * well as colour, so it survives colour blindness, greyscale printing and forced colours.
 */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
      <line className="hatch-line" x1="1" y1="0" x2="1" y2="4" />
    </pattern>
  );
}
