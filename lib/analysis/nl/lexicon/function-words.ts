// Capitalised words at the start of a sentence that are never a person's name, so
// "Morgen moet ..." or "Iedereen moet ..." is not read as a name followed by "moet".
export const NOT_A_NAME = new Set(
  (
    'de het een dit dat deze die er hier daar toen dan nu morgen gisteren vandaag vanmorgen vanmiddag vanavond ' +
    'daarna vervolgens ook wel niet iedereen niemand alles niets ieder iedere elke elk wie wat waar hoe waarom ' +
    'tijdens na voor bij met in op om als omdat maar en of want dus volgens daarom verder eerst volgende voortaan ' +
    'vanaf binnenkort straks zo toch echter uiteindelijk inmiddels momenteel hierdoor daardoor hiervoor daarvoor ' +
    'hierbij daarbij bovendien ten tot sinds wekelijks dagelijks men sommige veel alle beide zowel ondanks ' +
    'wanneer zodra nadat voordat terwijl totdat afgesproken afspraak actiepunt actie conclusie samenvatting ' +
    'advies doel doelen plan school thuis overdag soms vaak meestal nog al reeds pas weer helaas gelukkig ' +
    'mogelijk misschien wellicht waarschijnlijk kennelijk blijkbaar duidelijk zeker natuurlijk ook'
  ).split(' '),
);
