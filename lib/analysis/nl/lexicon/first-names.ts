// First names common in Dutch families. Every sentence starts with a capital, so at the
// start of a sentence only a known first name is taken as a person ("Sanne moet ...",
// not "Roken is verboden ..."); later in a sentence any capitalised word may be a name.
export const FIRST_NAMES = (
  'sanne daan noah emma lotte mila noor jayden sem liam lucas levi finn luuk milan jesse bram thijs ' +
  'julia tess sophie zoë evi saar nina fleur lisa anna eva isa lieke iris femke roos sara yara lina ' +
  'mohamed mohammed ahmed youssef ayoub adam amir rayan ibrahim omar bilal hamza mehmet emre yusuf ' +
  'fatima aisha salma yasmina meryem elif zeynep esra hatice amira nora ilse mark tom kim jan piet ' +
  'kees henk ingrid monique sandra linda marieke esther wendy petra anouk kevin dennis sander jeroen ' +
  'stefan martijn bas tim ruben joyce priscilla shanice jamal dylan kenzo jaylano yfke marleen karin ' +
  'dewi kayla jada naomi sophia olivia mia ella lynn jasmijn maud luna lara nova hugo jens max sam ' +
  'ryan daniel david tijn gijs mees siem olivier dex joep ravi priya anjali kofi ama nanda kwame ' +
  'lars demi arda dani jamie ilias thomas kaya kuba rachid fenna kerem teun stijn sven tygo boaz ' +
  'jurre niels pepijn jorn jordy ricardo romano damian julian mats guus thijmen ties sepp lenn ' +
  'morris esmee amber britt julie elin liv lotje merel nadia chantal kelly shirley samira naima ' +
  'khadija mustafa hassan karim tariq deniz mert burak kacper jakub piotr oliwia zuzanna dawit ' +
  'semhar yonas senna jill fien silke tessa vera yasmin ilham soufiane anass younes zakaria ayoub ' +
  'nassim shania romy sil jesper wessel koen rick niek timo ricky jason mitchell dion kimberley ' +
  'melissa selin ecem berat yigit efe aleyna amina hiba imane ikram'
).split(' ');
