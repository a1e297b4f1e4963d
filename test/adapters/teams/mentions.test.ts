import type { Activity } from 'botbuilder';
import { mentionsBot, tagMention, textWithoutBotMention } from '../../../src/adapters/teams/mentions';
import { liftTagMentions } from '../../../src/adapters/teams/tag-mention-policy';

const bot = { id: '28:bot', name: 'NDR Assist' };
const at = { type: 'mention', text: '<at>NDR Assist</at>', mentioned: { id: bot.id, name: bot.name } };

describe('mentions', () => {
  it('detects and strips the bot mention, keeping other mentions', () => {
    const activity: Partial<Activity> = {
      recipient: bot,
      text: '<at>NDR Assist</at>  5.7.57 error for <at>Megan</at>&nbsp;please',
      entities: [
        at,
        { type: 'mention', text: '<at>Megan</at>', mentioned: { id: '29:megan', name: 'Megan' } },
      ],
    };
    expect(mentionsBot(activity)).toBe(true);
    expect(textWithoutBotMention(activity)).toBe('5.7.57 error for <at>Megan</at> please');
  });

  it('does not treat a mention of someone else as a mention of the bot', () => {
    const activity: Partial<Activity> = {
      recipient: bot,
      text: '<at>Megan</at> hi',
      entities: [{ type: 'mention', text: '<at>Megan</at>', mentioned: { id: '29:megan', name: 'Megan' } }],
    };
    expect(mentionsBot(activity)).toBe(false);
    expect(textWithoutBotMention({ recipient: bot })).toBe('');
  });

  it('builds a tag mention whose type survives serialization', () => {
    const { text, entity } = tagMention({ id: 'tag-1', name: 'Mail <admins>' });
    expect(text).toBe('<at>Mail admins</at>');
    const wire = liftTagMentions(JSON.stringify({ type: 'message', text, entities: [entity] }));
    expect(JSON.parse(wire).entities).toEqual([
      { type: 'mention', text, mentioned: { id: 'tag-1', name: 'Mail <admins>', type: 'tag' } },
    ]);
  });

  it('leaves other bodies untouched', () => {
    const body = JSON.stringify({ type: 'message', text: 'properties mention' });
    expect(liftTagMentions(body)).toBe(body);
    expect(liftTagMentions('{not json "mention" "properties"')).toBe('{not json "mention" "properties"');
  });
});
