import type { QuestionBank } from "../schema.js";

/** Questions about Product knowledge. */
export const productKnowledgeBank: QuestionBank = {
  competency: "product-knowledge",
  probes: {
    situation: [
      "What did the customer want to know about the product or service?",
      "How much did the customer already know about the product?",
      "How well did you know this product at the time?",
    ],
    task: [
      "What did the customer need to understand or decide?",
      "What did you need to find out or confirm before answering?",
      "What was at risk if the information you gave turned out to be wrong?",
    ],
    action: [
      "Where did your knowledge of the product come from?",
      "How did you check that what you told the customer was accurate?",
      "How did you put the product information into terms the customer understood?",
    ],
    result: [
      "What did the customer decide or do as a result of what you told them?",
      "How did you know the information you gave was right for the customer?",
      "What did you add to your own product knowledge because of this case?",
    ],
  },
  templates: [
    {
      id: "product-knowledge-b01",
      type: "behavioural",
      facet: "product-expertise",
      text: "Tell me about a time when your knowledge of a product helped you sort out a problem {channel} for {customer}.",
      guide: {
        1: "Describes relying on a script or passing the customer on because they did not know the product well.",
        3: "Gives a real example of using what they knew about the product to resolve the customer's problem.",
        5: "Describes the specific product detail they drew on (a feature, a known issue, a compatibility limit), how it led quickly to the fix, the concrete result, and how they built that knowledge.",
      },
    },
    {
      id: "product-knowledge-b02",
      type: "behavioural",
      facet: "keeping-current",
      text: "Describe a situation in which {customer} asked you a question about a product that you did not know the answer to.",
      guide: {
        1: "Describes guessing an answer or brushing the question off.",
        3: "Gives an example of admitting they were not sure, finding the correct answer and getting back to the customer.",
        5: "Describes being honest, using reliable sources quickly, giving an accurate answer, following up if needed, and making sure they and colleagues knew the answer for the future.",
      },
    },
    {
      id: "product-knowledge-b03",
      type: "behavioural",
      facet: "keeping-current",
      text: "Walk me through an occasion when you learned about a new product or feature so that you were ready before customers started asking about it.",
      guide: {
        1: "Describes waiting for customers' questions before finding out about the change.",
        3: "Gives an example of reading up on a new product or attending training ahead of its launch.",
        5: "Describes several ways they learned it (documentation, hands-on use, asking specialists), preparing answers to likely questions, handling early customer queries confidently, and sharing what they learned.",
      },
    },
    {
      id: "product-knowledge-b04",
      type: "behavioural",
      facet: "recommending",
      text: "Give me an example of a time, while you were working {setting}, when you recommended a product that suited a customer better than the one they had asked for.",
      guide: {
        1: "Describes selling whatever was asked for, or pushing the most expensive option regardless of need.",
        3: "Gives an example of suggesting a better-suited product based on what the customer said they needed.",
        5: "Describes asking about the customer's use and priorities, comparing the options on the points that mattered to them, a recommendation the customer chose and was happy with, and why it suited them.",
      },
    },
    {
      id: "product-knowledge-b05",
      type: "behavioural",
      facet: "product-expertise",
      text: "Tell me about a time when you used your understanding of how a product works to troubleshoot a fault for a customer {channel}.",
      guide: {
        1: "Describes working through a checklist without understanding it, or sending the product back by default.",
        3: "Gives an example of using their knowledge of the product to narrow down and fix the fault.",
        5: "Describes reasoning from how the product works to the likely causes, testing them in a sensible order, fixing the fault, explaining it to the customer, and recording it for colleagues.",
      },
    },
    {
      id: "product-knowledge-b06",
      type: "behavioural",
      facet: "explaining-products",
      text: "Describe a situation in which {customer} needed a product's features explained {channel} in terms that made sense to them.",
      guide: {
        1: "Describes reciting the specification or using jargon the customer did not follow.",
        3: "Gives an example of explaining the features in plain terms the customer understood.",
        5: "Describes linking each feature to what the customer wanted to do, using comparisons or a demonstration, checking understanding, and the customer making a confident choice.",
      },
    },
    {
      id: "product-knowledge-b07",
      type: "behavioural",
      facet: "product-expertise",
      text: "Walk me through an occasion when you corrected a customer's mistaken belief about what a product or service included.",
      guide: {
        1: "Describes letting the mistaken belief stand to avoid an awkward conversation or to make a sale.",
        3: "Gives an example of correcting the belief politely with accurate information.",
        5: "Describes correcting the belief tactfully with evidence, setting out what the product did offer, helping the customer find what met their need, and how this prevented a later complaint.",
      },
    },
    {
      id: "product-knowledge-b08",
      type: "behavioural",
      facet: "keeping-current",
      text: "Give me an example of a time you shared product knowledge with a colleague that helped them serve a customer better.",
      guide: {
        1: "Describes keeping knowledge to themselves or being unable to think of an example.",
        3: "Gives an example of passing on a useful product detail to a colleague.",
        5: "Describes noticing a gap in a colleague's knowledge, explaining or documenting it in a reusable way, and the concrete difference it made to customers afterwards.",
      },
    },
    {
      id: "product-knowledge-b09",
      type: "behavioural",
      facet: "product-expertise",
      text: "Tell me about a time when a customer with expert knowledge challenged what you told them {channel}.",
      guide: {
        1: "Describes bluffing to save face or becoming defensive.",
        3: "Gives an example of checking the facts and giving the customer an accurate answer.",
        5: "Describes engaging with the customer's point on its merits, verifying the facts, acknowledging where the customer was right, giving an accurate answer, and updating their own knowledge.",
      },
    },
    {
      id: "product-knowledge-b10",
      type: "behavioural",
      facet: "product-expertise",
      text: "Describe a situation in which knowing your organisation's policies in detail helped you when {customer} got in touch about {problem}.",
      guide: {
        1: "Describes quoting policy vaguely or giving the customer wrong information about what applied.",
        3: "Gives an example of applying the relevant policy correctly to resolve the customer's issue.",
        5: "Describes knowing exactly which terms applied and what flexibility they allowed, using that to reach the best fair outcome, explaining it plainly, and the customer's response.",
      },
    },
    {
      id: "product-knowledge-b11",
      type: "behavioural",
      facet: "recommending",
      text: "Tell me about a time when you suggested an extra product or upgrade to a customer {channel} because it met a need they had mentioned.",
      guide: {
        1: "Describes offering add-ons to every customer as a sales routine regardless of need.",
        3: "Gives an example of suggesting an add-on or upgrade linked to something the customer said.",
        5: "Describes connecting the customer's stated need to a specific product, explaining the benefit honestly including its cost, the customer's decision, and evidence it served them well.",
      },
    },
    {
      id: "product-knowledge-b12",
      type: "behavioural",
      facet: "keeping-current",
      text: "Walk me through an occasion when trying out a product yourself helped you answer a customer's question.",
      guide: {
        1: "Describes relying only on what the packaging or script said.",
        3: "Gives an example of using first-hand experience of the product to answer the customer.",
        5: "Describes deliberately testing the product, what they discovered that the documentation did not say, how it improved their answer, and how they shared the finding.",
      },
    },
    {
      id: "product-knowledge-s01",
      type: "situational",
      facet: "product-expertise",
      text: "A customer asks you {channel} whether a product they are about to buy will work with equipment they already own, and you are not certain. What would you do?",
      guide: {
        1: "Would say it will probably work so as not to lose the sale.",
        3: "Would check the compatibility information before answering.",
        5: "Would ask for the exact details of the customer's equipment, check reliable sources or a specialist, give a clear answer with any caveats, and suggest an alternative if it will not work.",
      },
    },
    {
      id: "product-knowledge-s02",
      type: "situational",
      text: "Earlier today {customer} got in touch {channel} about {problem}. You now realise that the product information you gave them was out of date. What would you do?",
      guide: {
        1: "Would leave it unless the customer comes back.",
        3: "Would contact the customer with the correct information.",
        5: "Would contact the customer promptly, correct the information, put right anything it affected, update their own knowledge, and flag the outdated source so colleagues are not caught out.",
      },
    },
    {
      id: "product-knowledge-s03",
      type: "situational",
      facet: "keeping-current",
      text: "A new version of the product your team supports launches tomorrow, and you have had no training on it yet. What steps would you take?",
      guide: {
        1: "Would wait for training and handle questions as best they can.",
        3: "Would read the release notes before the launch.",
        5: "Would study the release notes and documentation, try the product if possible, note likely customer questions and answers, ask specialists about gaps, and share a summary with the team.",
      },
    },
    {
      id: "product-knowledge-s04",
      type: "situational",
      facet: "explaining-products",
      text: "A customer has read online that a product does something it does not do, and they want to buy it for that reason. How would you handle it?",
      guide: {
        1: "Would make the sale without correcting the belief.",
        3: "Would tell the customer politely what the product does and does not do.",
        5: "Would correct the belief tactfully, find out what the customer is trying to achieve, recommend a product that actually meets the need, and explain the difference plainly.",
      },
    },
    {
      id: "product-knowledge-s05",
      type: "situational",
      facet: "recommending",
      text: "While you are working {setting}, a customer asks which of two similar products is better, and you know that the cheaper one suits their needs best. What would you do?",
      guide: {
        1: "Would recommend the more expensive product.",
        3: "Would recommend the cheaper product because it fits their needs.",
        5: "Would confirm how the customer plans to use it, compare the two on the points that matter to them, recommend the cheaper one honestly, and mention when the other would be worth the extra cost.",
      },
    },
    {
      id: "product-knowledge-s06",
      type: "situational",
      facet: "product-expertise",
      text: "A customer describes a fault in technical terms you only half recognise, and the colleague who knows the product best is busy. How would you handle it?",
      guide: {
        1: "Would nod along and give a generic fix.",
        3: "Would ask the customer to explain further and look the terms up.",
        5: "Would be honest about what they recognise, ask clarifying questions, use documentation to check, make progress where they can, and bring in the colleague with a concise summary when free.",
      },
    },
  ],
};
