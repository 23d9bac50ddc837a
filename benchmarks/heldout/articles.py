"""The held-out articles (invented people, realistic wire copy). Each is written to texts/<id>.txt."""

ARTICLES = {}

ARTICLES["01_halifax_bike_lanes"] = """Halifax council votes to pause bike-lane expansion after heated debate

HALIFAX, Nova Scotia (CP) — Halifax regional council voted 9-7 on Tuesday to pause a planned expansion of protected bike lanes on the peninsula, after a four-hour debate that pitted downtown councillors against those representing suburban districts.

Coun. Rosa Medina, who represents Halifax South Downtown, called the decision "a step backwards for everyone who walks, cycles or takes the bus."

"We spent two years consulting residents on this network," Medina said. "Throwing that away because of a few parking spots is not leadership."

Mayor Gordon Tremblay, who cast the deciding vote, defended the pause as a chance to review costs that have climbed by nearly 40 per cent since the plan was approved.

"Nobody is cancelling anything," he told reporters after the meeting. "We're asking staff to come back with real numbers."

"If the numbers hold up, we build. If they don't, we have a different conversation."

Coun. Pat Oyelaran, whose district covers much of Dartmouth's north end, was blunter: "The people I represent can't cycle to a job in Burnside. They need buses that show up."

Medina shot back that the same buses would run faster once cars were taken out of the curb lanes.

The city's transportation director, Heather MacInnes, told council the delay would push construction on two corridors into 2027. She said contractors had already been lined up for the spring.

"There will be costs to stopping," MacInnes said, "and some of them we can't recover."

A staff report on the revised costs is expected in March. Cycling advocates said they would rally outside city hall before that meeting.

"We'll be there with our helmets on," said Ingrid Lavoie, chair of the Halifax Cycling Coalition.
"""

ARTICLES["02_everton_brentford"] = """Everton boss hails 'unbelievable' Okafor after late winner at Brentford

LONDON (Reuters) - Everton manager Callum Reid praised striker Daniel Okafor's "unbelievable hunger" after the 33-year-old's stoppage-time header earned a 2-1 win at Brentford on Saturday.

The veteran striker, who had not scored since August, rose above two defenders to meet a Leon Hartley corner in the fourth minute of added time.

"He's been criticised, he's been left out, and he never once moaned about it," Reid told the BBC. "That goal is for him and nobody else."

Okafor himself was more modest. "I just closed my eyes and headed it," he quipped. "Don't tell the gaffer."

Brentford had led through a first-half penalty, and their head coach, Thomas Achterberg, was furious that Everton's equaliser stood despite what he called "a clear push" in the build-up.

"I've watched it five times now," Achterberg said. "Five times, and every time it's a foul. I don't know what VAR is looking at."

Brentford's Mikkel Sorensen, who scored the penalty, was just as blunt: "We gave it away."

Achterberg's side drop to 14th. Everton climb to 11th, three points above Brentford, before hosting Fulham next weekend.

"We're not getting carried away," Reid added. "Three weeks ago people had us going down."

Everton are also in talks to sign Norwich defender Sam Whitely. A person familiar with the talks said a deal was "very close."

The club said in a statement on Sunday that Okafor had signed a one-year extension. "Daniel embodies everything this club stands for," they said.
"""

ARTICLES["03_perth_fraud_sentence"] = """Former Perth developer jailed for eight years over $40 million investment fraud

PERTH, Aug 14 (AAP) - A former property developer who took more than $40 million from retirees has been jailed for eight years, with a Perth judge describing his scheme as "calculated, prolonged and cruel."

Graham Whitcombe, 61, pleaded guilty in the Western Australian District Court to 23 counts of fraud relating to a residential project in Baldivis that was never built.

Judge Mary-Anne Costello said Whitcombe had targeted people who trusted him with their life savings.

"You looked these people in the eye," she told him. "You shook their hands, and you took everything they had.

"Some of them will never recover, financially or otherwise."

Whitcombe, who wore a grey suit and showed no emotion as the sentence was read, will be eligible for parole after five years.

His barrister, Nikolai Petrakis SC, had argued for a lighter term, telling the court his client was "genuinely remorseful" and had cooperated with investigators.

Outside court, victim Doreen Haigh, 78, said the sentence was not enough.

"Eight years. He'll be out before I've paid off what he cost me," she said. "We lost our house. My husband died waiting for this day."

In a statement, WA Police Detective Superintendent Craig Mbeki said the case showed "fraud is not a victimless crime."

The Director of Public Prosecutions is considering whether to appeal the sentence. A spokeswoman for the office said it would "review the judgment carefully."

Whitcombe's company, Horizon Estates, was placed into liquidation in 2022.
"""

ARTICLES["04_sundaram_ev_delay"] = """Sundaram Motors shares slide after EV unit delays launch

MUMBAI, March 3 (Reuters) - Shares in Sundaram Motors fell as much as 7% on Monday after the carmaker said its electric-vehicle unit would push back the launch of its first mass-market model by six months, citing battery supply problems.

Managing director Priya Raghavan told analysts on a conference call that the company would not "rush a product that is not ready."

"We would rather take the hit now than recall cars in a year," she said. "Our customers have long memories."

The delay affects the Vaayu hatchback, which had been due in showrooms by Diwali. Sundaram had said it expected the model to sell 60,000 units in its first year.

Two people familiar with the matter said the company's cell supplier in South Korea had failed quality checks twice since December. One of them said the problem was "fixable, but not quickly."

Sundaram declined to comment on its suppliers.

Analysts were divided. "This is a setback, not a crisis," said Arjun Mehta, an auto analyst at Kotak Institutional Equities in Mumbai. "The balance sheet can absorb it."

Others were less forgiving. Nandini Rao of Jefferies wrote in a note to clients that the delay handed rivals "a clear run at the festive season," and cut her price target on the stock by 12%.

The company's chairman, Venkat Sundaram, who founded the firm with his brother in 1987, told shareholders in a letter last month that electric vehicles were "the only future we are planning for."

Sundaram Motors shares closed down 5.4% at 1,212 rupees, while the broader Nifty index rose 0.3%.
"""

ARTICLES["05_leeds_ae_waits"] = """A&E waits at Leeds hospitals hit record as nurses warn of ‘corridor care’

LEEDS, England — Patients at Leeds Teaching Hospitals waited an average of nine hours in A&E last month, the longest since records began, according to figures published on Thursday by NHS England.

The trust’s chief executive, Dr Samira Okonjo, said staff were “working flat out” but that the hospital was running at 104 per cent of its bed capacity on most days.

“Every bay is full, every corridor has a trolley in it,” she said. “That is not a safe way to look after anyone.”

The Royal College of Nursing said in a statement that its members were being asked to deliver “corridor care” on a routine basis. “This has gone from an emergency measure to a way of life,” the college said.

One senior nurse at St James’s University Hospital, who asked not to be named because she was not authorised to speak to the media, said some patients had spent more than 30 hours on trolleys.

“We apologise to them. We apologise all day long,” she said. “It doesn’t change anything.”

The Department of Health and Social Care said it had provided an extra £1.2 billion for urgent and emergency care this winter.

Health minister Oliver Grant, visiting a GP surgery in Bradford, told the BBC the figures were “unacceptable” and promised “more beds, more staff and less red tape.”

Liberal Democrat health spokeswoman Fiona Abernethy was scathing: “Ministers keep announcing money. Patients keep waiting.”

Okonjo said the trust would open 40 extra beds by February.
"""

ARTICLES["06_iebc_voter_register"] = """IEBC to audit voter register after 'ghost voters' claims

NAIROBI, Kenya — Kenya's electoral commission said on Wednesday it would audit the voter register in three counties after an opposition party alleged that thousands of dead people were still listed as eligible to vote.

Independent Electoral and Boundaries Commission chairperson Joyce Wambui told a news conference in Nairobi that the audit would be completed "within 45 days" with help from the civil registration department.

"We have nothing to hide," Wambui said. "If there are names that should not be on the register, they will come off."

The claims were first made by the Democratic Alliance Party, whose secretary-general, Samuel Otieno, said the party's agents had matched the register against burial permits in Kisumu, Nakuru and Kakamega.

"We found more than 11,000 names of people who are no longer with us," Otieno said. "Either the commission fixes this, or we go to court."

Wambui dismissed the suggestion that the commission had acted only under pressure. Asked whether the audit was a response to the opposition, she replied: "It is a response to the law."

The commission's chief executive, Daniel Kiprono, said the register had been cleaned twice since the last general election. He said some deaths were never reported to the registrar, especially in rural areas.

A civil society coalition, Mulika Uchaguzi, welcomed the audit but urged the commission to publish its findings county by county. "Kenyans deserve to see the numbers," the coalition wrote on X.

By-elections in two of the affected counties are scheduled for November.
"""

ARTICLES["07_jena_magnet"] = """German lab reports strong magnet made without rare earths

BERLIN (Reuters) - Researchers at a German institute said on Tuesday they had produced a strong permanent magnet without rare-earth metals, a result that could ease Europe's dependence on imported supplies if it can be scaled up.

The team at the Weber Institute for Quantum Materials in Jena described the iron-nitride compound in a paper published in the journal Nature Materials.

"It is not a replacement for neodymium magnets tomorrow," said lead author Katrin Hoffmann, a physicist at the institute. "But it shows the door is open."

Hoffmann, 38, said the group had spent six years trying to stabilise the material, which tends to break down at high temperatures.

Her colleague Dr. Lukas Brandt was more cautious about timelines. "Ten years, maybe more," he said when asked how long it would take before the magnets appeared in electric motors.

Outside experts welcomed the study. Prof. Elena Marchetti, a materials scientist at the University of Bologna who was not involved in the work, called it "a genuinely important step."

"The numbers look solid," she said. "The hard part now is manufacturing."

Germany's Federal Ministry of Education and Research, which funded part of the project, said it would support a pilot production line. The ministry said the work was "exactly the kind of research Europe needs."

A spokeswoman for the institute, Miriam Scholz, said it had filed three patents and was in talks with two car parts makers, which she declined to name.

Industry groups have warned for years that Europe's car industry relies on imports for more than 90% of its rare-earth magnets.
"""

ARTICLES["08_canaries_migrants"] = """Record number of migrants reach Canary Islands as regional leader pleads for help

MADRID (AP) — More than 4,800 migrants reached Spain's Canary Islands by boat in September, the highest monthly figure on record, as regional leaders accused the central government of leaving the archipelago to cope alone.

The president of the Canary Islands regional government, Alberto Cabrera, said reception centres on El Hierro were holding three times as many people as they were built for.

"We are an island of 11,000 people receiving 1,500 in a weekend," Cabrera said. "No community in Europe would be able to manage that."

Spain's migration minister, Lucía Ferrer, rejected the criticism, telling reporters in Madrid that the government had transferred more than 20,000 people to the mainland this year.

"Nobody has abandoned the Canaries," she said. "The state is there, and it will stay there."

Most of the boats left from Mauritania and Senegal, according to the Interior Ministry. At least 130 people are known to have died on the route this year, though aid groups say the real figure is much higher.

Helena Maleno of the migrant rights group Caminando Fronteras said families regularly called her organisation about boats that never arrived. "Every week a mother asks us if we have seen her son," Maleno said.

Mamadou Diallo, 19, who reached El Hierro from Senegal last week after eight days at sea, described the crossing in three words: "Cold, hunger, fear."

Cabrera, for his part, had a blunt message for Madrid — "Send help, not speeches."

The European Commission said it was "in close contact" with Spanish authorities.
"""

ARTICLES["09_brazil_selic"] = """Brazil's central bank raises Selic to 13.25%, signals another hike

BRASILIA, Jan 29 (Reuters) - Brazil's central bank raised its benchmark interest rate by 100 basis points to 13.25% on Wednesday, as expected, and signalled another increase of the same size in March as it tries to tame inflation running well above target.

The bank's monetary policy committee, known as Copom, said in a statement that the outlook for inflation had "worsened" and that it remained "uncomfortable" with rising inflation expectations.

"The committee judges that the scenario requires a more contractionary monetary policy," the statement said.

The decision was unanimous, the bank said.

Economists said the message was clear. "They are not blinking," said Fernanda Lobo, chief economist at Banco Horizonte in Sao Paulo. "Markets wanted a signal and they got one."

Finance Minister Ricardo Pimentel, asked about the decision at an event in Brasilia, said the government respected the bank's autonomy. "It's their job, not mine," he said, adding that the government would "do its part" on spending.

Last month Pimentel wrote on Facebook that high rates were "a brake on the whole country," a comment that rattled investors.

Central bank governor Gabriel Sardinha, who took office in January, is due to testify before the Senate next week. A person close to Sardinha said he would defend the hikes as "the least painful path."

Annual inflation in Brazil reached 4.8% in December, above the 3% target.
"""

ARTICLES["10_kamloops_wildfire"] = """Thousands flee as wildfire jumps highway near Kamloops

KAMLOOPS, B.C. — About 6,000 residents of communities west of Kamloops were ordered to leave their homes on Sunday night after a fast-moving wildfire jumped the Trans-Canada Highway, officials said.

The Thompson-Nicola Regional District expanded its evacuation order to cover Savona and parts of Cherry Creek shortly after 9 p.m.

"Do not wait. Do not go back for belongings," district emergency operations director Marcus Lindqvist told a late-night briefing. "If you are on the order, leave now."

The BC Wildfire Service said the fire had grown to about 14,000 hectares, driven by gusts of up to 60 km/h. Fire information officer Jasmine Tsang described its behaviour as "extreme."

"We saw the fire make a run of nearly eight kilometres in three hours," she said.

Evacuees streamed into Kamloops, where a reception centre was set up at the Sandman Centre arena.

Savona resident Walter Kuznetsov, 72, said he left with his dog, his medication and little else.

"You could see the glow over the ridge," Kuznetsov said. "My wife said, 'That's it, we're going,' and she was right."

Premier Diane Whitford, who flew over the fire zone on Monday morning, tweeted that the province would "spare nothing" to support those forced out.

Highway 1 remains closed between Cache Creek and Kamloops. The cause of the fire is under investigation.
"""

ARTICLES["11_hanbit_recall"] = """Korean electronics maker recalls 1.2 million power banks over fire risk

SEOUL, June 10 (Reuters) - South Korea's Hanbit Electronics is recalling about 1.2 million portable power banks sold in Asia and Europe after reports that some units overheated and caught fire, the company said on Tuesday.

The recall covers the PowerGo 20 model, sold between March 2023 and February this year. Hanbit said it had received 37 reports of overheating, including nine fires, but no serious injuries.

"Customer safety comes before anything else," Hanbit chief executive Kim Ji-won said in a statement. "We are deeply sorry."

Hanbit's spokesman, Park Tae-hoon, said the fault lay in "one batch from one supplier." He declined to name the supplier.

Customers can return the devices to any retailer for a full refund, the company said.

Britain's Office for Product Safety and Standards urged owners to stop using the devices immediately. "Do not charge it, do not carry it on a plane," the regulator said.

The recall is the largest in Hanbit's history. One analyst said the cost, estimated at around 60 billion won, would be "painful but manageable."

Lee Soo-min, an analyst at Mirae Securities, was harsher. "Hanbit built its brand on reliability," she said. "That is the thing they just lost."

The company's shares fell 4.1% in Seoul.
"""

ARTICLES["12_glasgow_strike"] = """Glasgow lecturers begin five-day strike over job cuts

GLASGOW, Scotland — Lecturers at the University of the West Coast began a five-day strike on Monday in protest at plans to cut 300 jobs, disrupting exams for thousands of students.

Picket lines formed outside the main campus before 8 a.m. The University and College Union said more than 80 per cent of its members who voted had backed the walkout.

“Nobody wants to be standing out here in the rain,” said Dr Aisling Byrne, the union’s branch president and a lecturer in history. “But management has left us no choice.”

She said the cuts would fall hardest on modern languages and the arts.

The university’s principal, Professor Hamish Drummond, said in an email to staff that the institution faced a £35 million deficit and that “doing nothing is not an option.”

“I understand the anger,” Drummond wrote. “I share the frustration. But the numbers are the numbers.”

Students were split. Third-year law student Kwame Asante said he supported the lecturers but was worried about his exams.

“They’re right to strike,” he said. “I just wish it wasn’t this week.”

Another student, Sophie Lindgren, was less sympathetic. “We pay for a service,” she said. “We’re not getting it.”

A university spokeswoman said the institution would “do everything possible” to reduce the impact on assessments.

Talks between the two sides are due to resume at the conciliation service Acas on Thursday.
"""

ARTICLES["13_southern_lights_storm"] = """Storm cuts short Wellington music festival, 20,000 campers moved

WELLINGTON (AAP) - Organisers of the Southern Lights festival cancelled its final day on Sunday after a storm flattened two stages and forced the evacuation of about 20,000 campers from the site north of Wellington.

Festival director Tane Whaanga said the decision was taken shortly after 4 a.m., when gusts of more than 110 km/h tore through the main arena.

"We've never had to do this before, and I hope we never have to again," Whaanga told Radio New Zealand. "But there was no way we were putting people in front of those stages."

Headliner Mara Quill, the Auckland singer whose set was due to close the festival, wrote on Instagram that she was "gutted" for fans who had travelled from across the country.

"Next time, I promise," she added.

Some festival-goers criticised the organisers for waiting until the early hours. "We were lying in a tent while the thing was basically taking off," said Jordan Pike, 24, from Christchurch.

Others were philosophical. Asked whether she would be back next year, Wellington student Hana Fitzgerald laughed: "Obviously. Just with a better tent."

Refunds for Sunday tickets will be issued automatically within 14 days, the festival said in a statement. "We know how much this weekend means to people," it said. "We are heartbroken too."

Police said there had been no serious injuries.
"""

ARTICLES["14_kloofspruit_rockfall"] = """Five miners killed in rockfall at South African gold mine

JOHANNESBURG, Oct 2 (Reuters) - Five workers were killed and three injured in a rockfall at a gold mine west of Johannesburg on Wednesday, the mine's owner and a union said.

The accident happened about 2.4 kilometres underground at the Kloofspruit mine, operated by Goldveld Resources, the company said in a statement. All other workers on the shift were brought safely to the surface.

"Our thoughts are with the families of our colleagues," Goldveld chief executive Pieter van Wyk said. "We will not rest until we understand exactly what happened."

The National Union of Mineworkers said it had warned management about seismic activity in the area for months.

"This was not an act of God," NUM regional secretary Thandiwe Mokoena told Reuters. "These deaths could have been prevented."

Mokoena said the union would demand that the section be closed until an independent inspection was completed.

Mineral Resources Minister Sipho Dlamini, who visited the mine on Wednesday afternoon, said inspectors had been sent to the site. He called the deaths "a tragedy for the entire industry" and said any company found to have cut corners would face "the full might of the law."

A rescue worker who was underground at the time of the rockfall, speaking on condition of anonymity, described the scene: "Dust everywhere. You couldn't see your own hand."

Goldveld's shares fell 3% in Johannesburg. South Africa recorded 42 mining deaths last year, according to government figures.
"""
