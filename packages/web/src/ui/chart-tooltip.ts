import type uPlot from 'uplot';
import { tooltipTime } from './chart-time.js';

/**
 * A tooltip over a chart: the x under the pointer (by default a time, 24 h,
 * with the date), then each shown series with its value and unit (`unit` empty when
 * the format writes it), "no data" where it has none. Built with text nodes: series labels are user data.
 */
export function tooltipPlugin(format: (v: number) => string, unit: string, heading: (x: number) => string = tooltipTime): uPlot.Plugin {
  let tip: HTMLDivElement | undefined;
  return {
    hooks: {
      init: (u) => {
        tip = document.createElement('div');
        tip.className = 'chart-tip';
        tip.dataset.testid = 'chart-tip';
        tip.hidden = true;
        u.over.appendChild(tip);
      },
      setCursor: (u) => {
        if (tip === undefined) return;
        const i = u.cursor.idx;
        const left = u.cursor.left ?? -1;
        const t = i == null ? undefined : u.data[0][i];
        if (i == null || left < 0 || t == null) {
          tip.hidden = true;
          return;
        }
        const lines: HTMLElement[] = [];
        const head = document.createElement('div');
        head.className = 'chart-tip-time';
        head.textContent = heading(t);
        lines.push(head);
        u.series.forEach((s, k) => {
          if (k === 0 || s.show === false) return;
          const v = u.data[k][i];
          const line = document.createElement('div');
          const swatch = document.createElement('span');
          swatch.className = 'chart-tip-swatch';
          const stroke = typeof s.stroke === 'function' ? s.stroke(u, k) : s.stroke;
          if (typeof stroke === 'string') swatch.style.background = stroke;
          line.append(swatch, `${s.label ?? ''}: ${v == null ? 'no data' : `${format(v)}${unit ? ` ${unit}` : ''}`}`);
          lines.push(line);
        });
        tip.replaceChildren(...lines);
        tip.hidden = false;
        // Beside the pointer, on the side with room.
        const onRight = left < u.over.clientWidth / 2;
        tip.style.left = `${left + (onRight ? 12 : -12)}px`;
        tip.style.transform = onRight ? 'none' : 'translateX(-100%)';
        tip.style.top = `${Math.max(0, (u.cursor.top ?? 0) - 10)}px`;
      },
    },
  };
}
