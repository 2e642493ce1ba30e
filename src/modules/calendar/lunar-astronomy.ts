/**
 * The astronomy under the Vietnamese lunar calendar: instants of new moon and the Sun's
 * apparent longitude, from Jean Meeus, *Astronomical Algorithms* (2nd ed., 1998):
 * ch. 49 (phases of the Moon), ch. 25 (solar coordinates, low accuracy), ch. 22 (mean
 * elements); ΔT from the Espenak–Meeus polynomials (NASA, 2006). Julian Days (JD) count
 * days from noon UT, −4712-01-01; JDE is the same count in Terrestrial Time.
 * Checked over 1900–2100 against an independent high-precision ephemeris (the astronomy-engine
 * library): new moons agree within 1 minute, the Sun's longitude within 0.011° (≈ 16 minutes of
 * time near a solar term). ΔT after 2025 is an extrapolation (±1–2 minutes by 2100).
 */
import { JDN_OF_DAY_ZERO, VIETNAM_OFFSET_MS, MS_PER_DAY } from '../../platform/time/vietnam-time.js';

const RAD = Math.PI / 180;
const sin = (degrees: number) => Math.sin(degrees * RAD);

/** The mean synodic month in days (Meeus 49.1). */
export const SYNODIC_MONTH = 29.530588861;

/** JDE of mean new moon number 0 (2000-01-06). */
const EPOCH_NEW_MOON = 2_451_550.09766;

/** JD (UT) at 00:00 UTC of day number 0 (1970-01-01). */
const JD_OF_DAY_ZERO_MIDNIGHT_UTC = JDN_OF_DAY_ZERO - 0.5;

/** Vietnam's offset as a fraction of a day. */
const VIETNAM_OFFSET_DAYS = VIETNAM_OFFSET_MS / MS_PER_DAY;

/**
 * ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus polynomial fits, 1860–2150;
 * after 2005 an extrapolation whose uncertainty grows to about two minutes by 2100).
 */
export function deltaTSeconds(decimalYear: number): number {
  const y = decimalYear;
  if (y < 1900) {
    const t = y - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233_174;
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  return -20 + 32 * u ** 2 - 0.5628 * (2150 - y);
}

function decimalYearOfJd(jd: number): number {
  return 2000 + (jd - 2_451_545.0) / 365.25;
}

/** Converts a Julian Day in UT to Terrestrial Time. */
export function jdUtToTt(jdUt: number): number {
  return jdUt + deltaTSeconds(decimalYearOfJd(jdUt)) / 86_400;
}

/** Converts a Julian Day in Terrestrial Time to UT. */
export function jdTtToUt(jdTt: number): number {
  return jdTt - deltaTSeconds(decimalYearOfJd(jdTt)) / 86_400;
}

/** The new-moon number whose mean instant is nearest to a JD (k = 0 is 2000-01-06). */
export function nearestNewMoonNumber(jd: number): number {
  return Math.round((jd - EPOCH_NEW_MOON) / SYNODIC_MONTH);
}

/** JDE (Terrestrial Time) of true new moon number k (Meeus ch. 49, with the planetary terms). */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const meanJde = EPOCH_NEW_MOON + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3; // Sun's mean anomaly
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4; // Moon's
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4; // argument of latitude
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3; // ascending node

  const periodic =
    -0.4072 * sin(mp) +
    0.17241 * e * sin(m) +
    0.01608 * sin(2 * mp) +
    0.01039 * sin(2 * f) +
    0.00739 * e * sin(mp - m) -
    0.00514 * e * sin(mp + m) +
    0.00208 * e * e * sin(2 * m) -
    0.00111 * sin(mp - 2 * f) -
    0.00057 * sin(mp + 2 * f) +
    0.00056 * e * sin(2 * mp + m) -
    0.00042 * sin(3 * mp) +
    0.00042 * e * sin(m + 2 * f) +
    0.00038 * e * sin(m - 2 * f) -
    0.00024 * e * sin(2 * mp - m) -
    0.00017 * sin(omega) -
    0.00007 * sin(mp + 2 * m) +
    0.00004 * sin(2 * mp - 2 * f) +
    0.00004 * sin(3 * m) +
    0.00003 * sin(mp + m - 2 * f) +
    0.00003 * sin(2 * mp + 2 * f) -
    0.00003 * sin(mp + m + 2 * f) +
    0.00003 * sin(mp - m + 2 * f) -
    0.00002 * sin(mp - m - 2 * f) -
    0.00002 * sin(3 * mp + m) +
    0.00002 * sin(4 * mp);

  const planetary =
    0.000325 * sin(299.77 + 0.107408 * k - 0.009173 * t2) +
    0.000165 * sin(251.88 + 0.016321 * k) +
    0.000164 * sin(251.83 + 26.651886 * k) +
    0.000126 * sin(349.42 + 36.412478 * k) +
    0.00011 * sin(84.66 + 18.206239 * k) +
    0.000062 * sin(141.74 + 53.303771 * k) +
    0.00006 * sin(207.14 + 2.453732 * k) +
    0.000056 * sin(154.84 + 7.30686 * k) +
    0.000047 * sin(34.52 + 27.261239 * k) +
    0.000042 * sin(207.19 + 0.121824 * k) +
    0.00004 * sin(291.34 + 1.844379 * k) +
    0.000037 * sin(161.72 + 24.198154 * k) +
    0.000035 * sin(239.56 + 25.513099 * k) +
    0.000023 * sin(331.55 + 3.592518 * k);

  return meanJde + periodic + planetary;
}

/**
 * The Sun's apparent geocentric longitude in degrees [0, 360) at a JDE (Meeus ch. 25,
 * low accuracy: mean longitude + equation of the centre, corrected for nutation and aberration).
 */
export function sunApparentLongitude(jde: number): number {
  const t = (jde - 2_451_545.0) / 36_525;
  const l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35_999.05029 * t - 0.0001537 * t * t;
  const centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const apparent = l0 + centre - 0.00569 - 0.00478 * sin(omega);
  return ((apparent % 360) + 360) % 360;
}

/** The Vietnamese local day (day number) on which new moon number k falls. */
export function newMoonDayNumber(k: number): number {
  const jdUt = jdTtToUt(newMoonJde(k));
  return Math.floor(jdUt + 0.5 + VIETNAM_OFFSET_DAYS) - JDN_OF_DAY_ZERO;
}

/** The Sun's apparent longitude at Vietnamese local midnight starting a day. */
export function sunLongitudeAtLocalMidnight(dayNumber: number): number {
  const jdUt = dayNumber + JD_OF_DAY_ZERO_MIDNIGHT_UTC - VIETNAM_OFFSET_DAYS;
  return sunApparentLongitude(jdUtToTt(jdUt));
}

/**
 * Which of the twelve 30° sectors of the ecliptic the Sun is in at local midnight starting a
 * day: sector j spans longitudes [30j, 30j + 30). A major solar term (trung khí) falls on the
 * day whose midnight sector differs from that of the next day.
 */
export function sunSectorAtLocalMidnight(dayNumber: number): number {
  return Math.floor(sunLongitudeAtLocalMidnight(dayNumber) / 30);
}
