import { SERVICE_KINDS } from '../data/service-kinds';
import type { HoveredArea } from '../state/hover-slice';
import { useAppStore } from '../state/store';
import { formatCount, formatDecimal } from './format';
import { useManifest } from './manifest-context';
import { serviceKindVintage } from './provenance-text';
import { useLayout } from './use-layout';
import { buildCueText } from './build-cue';

function AreaLine({ label, area }: { label: string; area: HoveredArea }) {
  return (
    <div className="hover-card__row">
      <span className="hover-card__label">{label}</span>
      <strong>{area.name}</strong> <span className="hover-card__code">{area.code}</span>
      {area.population !== null && (
        <div className="hover-card__figures">
          {formatCount(area.population)} residents (Census 2021)
          {area.density !== undefined && <> · {formatDecimal(area.density)} per ha</>}
        </div>
      )}
    </div>
  );
}

/** Card beside the pointer naming what is under it: borough, ward, small area, service, BID, parish. */
export function HoverCard() {
  const hover = useAppStore((s) => s.hover);
  const manifest = useManifest();
  const setHover = useAppStore((s) => s.setHover);
  const cue = useAppStore((s) => (s.mode.kind === 'build' ? s.buildHoverCue : null));
  // On a phone there is no hover: a tap shows the card, docked above the results (layout-phone.css), with a close button.
  const phone = useLayout() === 'phone';
  if (!hover) return null;
  const serviceVintage = hover.service ? serviceKindVintage(manifest, hover.service.type) : null;
  return (
    <div className="hover-card" role="status" aria-live="polite" data-testid="hover-card" style={phone ? undefined : { left: hover.x + 14, top: hover.y + 14 }}>
      {phone && (
        <button
          type="button"
          className="hover-card__close"
          aria-label="Close the place card"
          onClick={() => setHover(null)}
          // Close on the finger's lift and cancel the browser's emulated mouse click that follows:
          // with the card gone it would land on the map underneath and open the card again.
          onTouchEnd={(e) => {
            e.preventDefault();
            setHover(null);
          }}
        >
          ✕
        </button>
      )}
      {cue && <div className={`hover-card__action hover-card__action--${cue.action}`}>{buildCueText(cue, phone ? 'phone' : 'wide')}</div>}
      {hover.service && (
        <div className="hover-card__row">
          <span className="hover-card__label">{SERVICE_KINDS[hover.service.type]?.label ?? hover.service.type}</span>
          <strong>{hover.service.name ?? 'Unnamed'}</strong>
          {serviceVintage && <div className="hover-card__figures">Listed as of {serviceVintage}</div>}
        </div>
      )}
      {hover.bid && (
        <div className="hover-card__row">
          <span className="hover-card__label">Business improvement district</span>
          <strong>{hover.bid.name}</strong>
        </div>
      )}
      {hover.parish && (
        <div className="hover-card__row">
          <span className="hover-card__label">Parish / neighbourhood area</span>
          <strong>{hover.parish.name}</strong>
        </div>
      )}
      {hover.lsoa && <AreaLine label="Small area (LSOA)" area={hover.lsoa} />}
      {hover.ward && <AreaLine label="Ward" area={hover.ward} />}
      {hover.borough && <AreaLine label="Borough" area={hover.borough} />}
    </div>
  );
}
