/** Units of measure: a number with one of these is a quantity rather than a count. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(
  `km kilometres kilometers kilometre kilometer miles mile metres meters metre meter m cm mm ft feet foot inches inch
  yards yard kg kilograms kilogram kilos g grams gram tonnes tonne tons ton lb lbs pounds-weight ounces oz litres liters
  litre liter gallons gallon barrels barrel bpd mph kph km/h knots degrees °C °F celsius fahrenheit acres acre hectares
  hectare sq square kwh kw mw gw watts volts megawatts gigawatts terawatt-hours mb gb tb kb mbps gbps hours hour minutes
  minute seconds second days day weeks week months month years year decades decade centuries century`
    .split(/\s+/)
    .filter((unit) => unit.length > 0),
);

/** Words after a number that are not the thing counted ("3 of the", "10 to 12", "2019 and"). */
export const NOT_UNITS: ReadonlySet<string> = new Set(
  `a an the and or but of to in on at by for from with as than per is are was were be been has have had will would
  can could may might should must do does did not no so if that this these those which who whom whose it its he she
  they we you i his her their our your my me us them him when where while after before since until during over under
  into onto about against between among through out up down off more less most least times percent per cent
  percentage points point`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
