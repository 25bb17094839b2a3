// The English tips: the same ideas, examples and sources as the Dutch ones in lib/tips/nl.ts.
import type { Tip, TipId } from './types';

export const TIPS_EN: Record<TipId, Tip> = {
  vertrouwensrelatie: {
    id: 'vertrouwensrelatie',
    title: 'Build a relationship of trust with parents',
    body: [
      'When parents trust you, they feel heard and safe, ask for help sooner and find it easier to work with you.',
      "Distrust often starts when your world and the parent's do not connect; if you literally speak different languages, bring in an interpreter or a translation app.",
      'It is harder when norms and values differ, for example with a migration background, or when one of you grew up in a city and the other in a village.',
      "So keep trying to understand the other person, don't give up too soon, and get to know the parent as a person: what is their story, and what do they enjoy?",
      "Take your time, look back together on how the contact feels to you both, and say out loud that the parent's wellbeing matters to you as much as the child's development.",
    ],
    reflection: [
      'What do I know about this parent, apart from the worries about the child?',
      'Do we really understand each other, or do we need an interpreter or a translation app?',
      'Which of my own norms colour the way I see this family?',
      'How would this parent describe our contact, and have I ever asked?',
    ],
    example: {
      before: 'Father distrusts the services and does not cooperate.',
      after:
        'Father said he did not feel understood by the help he had before. Next time we will meet with an interpreter, so he can say everything in his own language.',
    },
    source: 'Netherlands Youth Institute (NJi), cultural diversity guidance',
  },

  vooroordelen: {
    id: 'vooroordelen',
    title: 'Know your own prejudices',
    body: [
      'Everyone has prejudices; that is human and nothing to be ashamed of.',
      'They do shape what you do, often without you noticing: you expect less of a parent, or you treat one family differently from another.',
      "You can see them in a case note too, for instance in a statement about a whole group or in 'that is typical of their culture'.",
      "A sentence like that says more about the writer's picture than about this family, and the next reader takes that picture over without noticing.",
      'So pause on your own thoughts and reactions, and write down what this parent actually said and did.',
    ],
    reflection: [
      'Would I write this in the same way about a family much like my own?',
      'What did I expect of this parent before we had even spoken?',
      'Am I describing this parent, or a group I have put this parent in?',
    ],
    example: {
      before: 'Father is not involved in the upbringing, as is usual in their culture.',
      after:
        'Father works shifts and mostly sees the children at weekends. He said he would like to join the meetings with the school.',
    },
    source: "Netherlands Youth Institute (NJi), on professionals' prejudices",
  },

  'oprechte-aandacht': {
    id: 'oprechte-aandacht',
    title: 'Give sincere attention',
    body: [
      'Sincere attention shows in respect, being genuine, listening well, asking questions and empathy.',
      'Your very commitment can get in the way: when you want to help quickly, you may have a solution ready before the parent has had the chance to tell their story.',
      'A parent who feels guilty or ashamed will not easily speak freely, and what is already clear to you is often not yet clear to the parent.',
      'The parent then loses control, and often the wish to work together along with it.',
      "In your note, write what the parent told you and what they want, rather than a label such as 'refuses help'.",
    ],
    reflection: [
      'Could the parent tell the whole story before I came up with a proposal?',
      'What might make it hard for this parent to talk openly?',
      'Does the parent see the problem the way I do?',
      'What does this parent like to talk about, apart from the problems?',
    ],
    example: {
      before: 'Mother refuses parenting support.',
      after:
        'Mother does not want parenting support at home for now. She said she feels ashamed when someone keeps coming to the house. She is open to meeting at the neighbourhood team office.',
    },
    source: 'Voor de Jeugd programme, parents on sincere attention and control',
  },

  'eigen-regie': {
    id: 'eigen-regie',
    title: 'Think, decide and act together',
    body: [
      "Parents' own control means more than letting them think along, have a say or join in: you think, decide and act together.",
      'That takes an equal relationship, in which what the parent knows from experience counts as much as your professional knowledge.',
      'You do not hand over the wheel: for your part of the process, you stay in charge.',
      'Set goals together, be open and concrete about what you do and why, and regularly look back together on how the cooperation is going.',
      "In your note, write what you agreed together, what the parent chose and what you will do yourself, rather than 'mother must'.",
    ],
    reflection: [
      "Whose goal is this: the parent's, mine, or ours?",
      'Does the parent know what I am going to do, why, and what it could lead to?',
      'What does this parent know about their own family that I am not using yet?',
      'When did we last talk together about how our cooperation is going?',
    ],
    example: {
      before: 'Mother must stick to the agreements and get the children to school on time.',
      after:
        "Mother and I agreed that she takes the children to school at half past eight. If that doesn't work one day, she will ask her neighbour; that was her own idea. This week I will call the school about before-school care.",
    },
    source: "Voor de Jeugd programme, on families' own control",
  },

  'feiten-en-interpretaties': {
    id: 'feiten-en-interpretaties',
    title: 'Keep facts, views and interpretations apart',
    body: [
      'The Dutch Youth Act (Jeugdwet, article 3.3) and the privacy rules of the certified youth-protection institutions ask for a file that keeps facts, the views of those involved and your own interpretation clearly apart.',
      'The Netherlands Youth Institute (NJi) advises that fact-finding should always record where a piece of information comes from.',
      "Research on health-care records (Park et al., 2021; Goddu et al., 2018) shows which words do harm: doubting someone's word ('claims'), labels, and absolutes such as 'always' and 'never'.",
      'Such words colour the picture of whoever reads the file after you, and with it how they approach the family.',
      "So describe what you saw and heard, quote the parent, name your source and present your interpretation as your own, with 'my impression is…' or 'I notice in myself…'.",
    ],
    reflection: [
      'Did I see or hear this myself, or did someone else tell me?',
      "Can the reader see what is a fact, what is someone's view and what is my interpretation?",
      'How will the parent read this sentence, and how will the colleague who takes over the file?',
    ],
    example: {
      before: 'Mother claims she is always on time, but the home is chaotic.',
      after:
        "Mother says: 'I'm nearly always on time.' According to the school, Sem was late four times this month. My impression is that mornings at home are busy; I would like to talk this over with mother.",
    },
    source: 'Jeugdwet art. 3.3; NJi on fact-finding; Park et al. 2021; Goddu et al. 2018',
  },
};
